const FORMATS = [
  ["cooklang", "Cooklang"],
  ["markdown", "Markdown"],
  ["jsonld", "JSON-LD"],
  ["paprika", "Paprika"],
] as const;

/** "Download as…" one recipe; the page's share link goes along, so an unlisted recipe works. */
export function DownloadLinks({
  slug,
  search,
}: {
  readonly slug: string;
  readonly search: string;
}) {
  const share = new URLSearchParams(search).get("share");
  const base = `/api/recipes/${encodeURIComponent(slug)}/export?format=`;
  const tail = share ? `&share=${encodeURIComponent(share)}` : "";
  return (
    <p class="downloads no-print">
      Download as{" "}
      {FORMATS.map(([format, label], i) => (
        <>
          {i > 0 && ", "}
          <a href={`${base}${format}${tail}`} download rel="nofollow">
            {label}
          </a>
        </>
      ))}
    </p>
  );
}

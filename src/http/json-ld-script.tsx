import { raw } from "hono/html";

/** JSON inside <script> must not close the element or start a comment: escape <, > and &,
 *  and the line separators JavaScript once treated as line ends. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function JsonLdScript({ data }: { data: unknown }) {
  return <script type="application/ld+json">{raw(serialiseJsonLd(data))}</script>;
}

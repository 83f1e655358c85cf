/** The /import page's upload with a progress bar: the same form, sent by XMLHttpRequest (fetch
 *  reports no upload progress) to the JSON endpoint, its results drawn as the server draws them.
 *  Without this module the form posts as is and the server answers with a results page. */

interface Entry {
  readonly file: string;
  readonly label: string;
  readonly outcome: "imported" | "skipped" | "failed";
  readonly slug?: string;
  readonly title?: string;
  readonly code?: string;
  readonly message?: string;
  readonly images: number;
}
interface Report {
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
  readonly items: readonly Entry[];
}

const WORDS = { imported: "Imported", skipped: "Skipped", failed: "Failed" } as const;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderReport(target: HTMLElement, report: Report): void {
  const section = el("section");
  section.className = "import-results";
  section.append(
    el("h2", `${report.imported} imported, ${report.skipped} skipped, ${report.failed} failed`),
  );
  const list = el("ul");
  for (const r of report.items) {
    const item = el("li");
    item.className = `import-${r.outcome}`;
    item.dataset.outcome = r.outcome;
    item.append(el("strong", WORDS[r.outcome]), ` ${r.label ? `${r.file}#${r.label}` : r.file}`);
    if (r.slug) {
      const link = el("a", r.title ?? r.slug);
      link.href = `/recipes/${encodeURIComponent(r.slug)}`;
      item.append(" → ", link);
    } else if (r.title) item.append(` — ${r.title}`);
    if (r.images > 0) item.append(` (${r.images} picture${r.images === 1 ? "" : "s"})`);
    if (r.code) item.append(" ", el("code", r.code), ` ${r.message ?? ""}`);
    list.append(item);
  }
  section.append(list);
  target.replaceChildren(section);
}

function showError(target: HTMLElement, message: string): void {
  const p = el("p", message);
  p.className = "notice error";
  p.setAttribute("role", "alert");
  target.replaceChildren(p);
}

function enhance(form: HTMLFormElement): void {
  const results = document.getElementById("import-results");
  const box = form.querySelector<HTMLElement>(".import-progress");
  const bar = box?.querySelector("progress");
  const label = box?.querySelector("output");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const csrf = form.querySelector<HTMLInputElement>("input[name=_csrf]")?.value ?? "";
  const maxBytes = Number(form.dataset.maxBytes ?? Number.POSITIVE_INFINITY);
  if (!results || !box || !bar || !label || !button) return;
  const show = (percent: number) => {
    bar.value = percent;
    label.textContent = `${percent}%`;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const size = data.getAll("files").reduce((n, f) => n + (f instanceof File ? f.size : 0), 0);
    if (size > maxBytes) {
      showError(results, "These files are over 256 MB together: send fewer at a time.");
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.dataset.api ?? "/api/imports/files");
    xhr.setRequestHeader("x-csrf-token", csrf);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) show(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => show(100);
    xhr.onload = () => {
      button.disabled = false;
      const body = xhr.response as (Report & { title?: string }) | null;
      if (xhr.status === 200 && body?.items) renderReport(results, body);
      else showError(results, body?.title ?? `The upload failed (${xhr.status}).`);
    };
    xhr.onerror = () => {
      button.disabled = false;
      showError(results, "The upload was interrupted: check the connection and try again.");
    };
    box.hidden = false;
    show(0);
    button.disabled = true;
    results.replaceChildren();
    xhr.send(data);
  });
}

const form = document.getElementById("import-form");
if (form instanceof HTMLFormElement) enhance(form);

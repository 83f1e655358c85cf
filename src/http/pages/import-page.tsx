import type { ImportFileEntry } from "../../app/import-files.js";
import { Layout } from "./layout.js";

/** What the file picker offers; the server reads any file by its content whatever its name. */
export const IMPORT_ACCEPT =
  ".paprikarecipes,.paprikarecipe,.zip,.cook,.mmf,.mm,.yaml,.yml,.json,.jsonld,.html,.htm,.txt,.md";

export interface ImportPageProps {
  readonly csrfToken: string;
  readonly stylesheetHref: string;
  readonly scriptHref?: string;
  /** The upload's limit in bytes, for the script to refuse a too-large choice at once. */
  readonly maxBytes: number;
  /** After a POST without JavaScript: what became of each recipe. */
  readonly results?: readonly ImportFileEntry[];
  /** Why the upload as a whole was refused (no files chosen). */
  readonly error?: string;
}

const OUTCOME_WORDS = { imported: "Imported", skipped: "Skipped", failed: "Failed" } as const;

/** One line per recipe of an upload; the browser module renders the same markup from JSON. */
export function ImportResults({ results }: { readonly results: readonly ImportFileEntry[] }) {
  const count = (o: ImportFileEntry["outcome"]) => results.filter((r) => r.outcome === o).length;
  return (
    <section class="import-results" aria-labelledby="import-results-title">
      <h2 id="import-results-title">
        {`${count("imported")} imported, ${count("skipped")} skipped, ${count("failed")} failed`}
      </h2>
      <ul>
        {results.map((r) => (
          <li class={`import-${r.outcome}`} data-outcome={r.outcome}>
            <strong>{OUTCOME_WORDS[r.outcome]}</strong> {r.label ? `${r.file}#${r.label}` : r.file}
            {r.slug ? (
              <>
                {" → "}
                <a href={`/recipes/${encodeURIComponent(r.slug)}`}>{r.title}</a>
              </>
            ) : (
              r.title && ` — ${r.title}`
            )}
            {r.images > 0 && ` (${r.images} picture${r.images === 1 ? "" : "s"})`}
            {r.code && (
              <>
                {" "}
                <code>{r.code}</code> {r.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const EXPORTS = [
  ["paprika", "Paprika archive"],
  ["jsonld", "schema.org JSON-LD"],
  ["cooklang", "Cooklang files (zip)"],
  ["markdown", "Markdown files (zip)"],
] as const;

/** /import: upload recipe files and archives (works as a plain form; the script adds a progress
 *  bar), and download every recipe of one's own. */
export function ImportPage(props: ImportPageProps) {
  return (
    <Layout
      title="Import recipes — Claypot"
      stylesheetHref={props.stylesheetHref}
      head={props.scriptHref && <script type="module" src={props.scriptHref} />}
    >
      <h1>Import recipes</h1>
      <p class="lede">
        Paprika, Mealie, Tandoor and Nextcloud exports, Cooklang, Meal-Master, Open Recipe Format,
        JSON-LD, web pages and plain text. Each recipe is yours and private until you share it;
        pictures inside archives come along.
      </p>
      <form
        method="post"
        action="/import"
        enctype="multipart/form-data"
        class="stack"
        id="import-form"
        data-api="/api/imports/files"
        data-max-bytes={String(props.maxBytes)}
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label>
          Files <input type="file" name="files" multiple required accept={IMPORT_ACCEPT} />
        </label>
        <label>
          Who sees them{" "}
          <select name="visibility">
            <option value="private">Private: only you and your household</option>
            <option value="unlisted">Unlisted: whoever has a share link</option>
            <option value="public">Public: everyone</option>
          </select>
        </label>
        <button type="submit">Import</button>
        <p class="import-progress" hidden>
          <progress max={100} value={0} /> <output>0%</output>
        </p>
      </form>
      {props.error && (
        <p class="notice error" role="alert">
          {props.error}
        </p>
      )}
      <div id="import-results" aria-live="polite">
        {props.results && <ImportResults results={props.results} />}
      </div>
      <h2>Take your recipes with you</h2>
      <ul class="exports">
        {EXPORTS.map(([format, label]) => (
          <li>
            <a href={`/api/export?format=${format}`} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

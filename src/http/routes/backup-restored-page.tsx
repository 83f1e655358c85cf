import type { KindCounts, RestoreSummary } from "../../app/backup-format.js";
import { Layout } from "../pages/layout.js";

const ROWS: readonly [keyof KindCounts, string][] = [
  ["recipe", "Recipes"],
  ["image", "Pictures"],
  ["board", "Boards"],
  ["list", "Shopping lists"],
  ["plan", "Planned meals"],
  ["user", "Accounts"],
];

/** What a restore from the account page did: a row per kind, then its notes. */
export function BackupRestoredPage(props: {
  readonly summary: RestoreSummary;
  readonly stylesheetHref: string;
}) {
  const { summary } = props;
  const rows = ROWS.filter(([k]) => summary.restored[k] + summary.skipped[k] > 0);
  return (
    <Layout title="Backup restored — Claypot" stylesheetHref={props.stylesheetHref}>
      <h1>Backup restored</h1>
      <table class="backup-summary">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Restored</th>
            <th scope="col">Kept already</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([kind, label]) => (
            <tr data-kind={kind}>
              <th scope="row">{label}</th>
              <td>{summary.restored[kind]}</td>
              <td>{summary.skipped[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.dropped > 0 && (
        <p>
          {summary.dropped} link{summary.dropped === 1 ? "" : "s"} to recipes neither in the backup
          nor yours to see here {summary.dropped === 1 ? "was" : "were"} left out.
        </p>
      )}
      {summary.notes.length > 0 && (
        <ul class="backup-notes">
          {summary.notes.map((note) => (
            <li>{note}</li>
          ))}
        </ul>
      )}
      <p>
        <a href="/">Your recipes</a> · <a href="/account">Your account</a>
      </p>
    </Layout>
  );
}

import type { ApiToken, LibraryMember, User } from "../../app/account-ports.js";
import { Layout } from "./layout.js";

export interface AccountPageProps {
  readonly user: User;
  readonly tokens: readonly ApiToken[];
  readonly members: readonly LibraryMember[];
  /** A token just made: its secret is shown this once. */
  readonly newSecret?: string;
  readonly csrfToken: string;
  readonly stylesheetHref: string;
}

export function AccountPage(props: AccountPageProps) {
  const hidden = <input type="hidden" name="_csrf" value={props.csrfToken} />;
  return (
    <Layout title="Your account — Claypot" stylesheetHref={props.stylesheetHref}>
      <h1>{props.user.name}</h1>
      <p class="muted">
        {props.user.email} · {props.user.role}
      </p>

      <form method="post" action="/account/sessions/revoke" class="inline">
        {hidden}
        <button type="submit">Sign out everywhere</button>
      </form>

      <h2>Household</h2>
      <p class="lede">People who share your library: they see your private recipes and boards.</p>
      <ul class="plain">
        {props.members.map((m) => (
          <li>
            {m.name} ({m.email}) — {m.access === "edit" ? "can edit" : "can read"}{" "}
            <form method="post" action={`/account/household/${m.memberId}/remove`} class="inline">
              {hidden}
              <button type="submit">Remove</button>
            </form>
          </li>
        ))}
      </ul>
      <form method="post" action="/account/household" class="stack">
        {hidden}
        <label>
          Their email <input type="email" name="email" required />
        </label>
        <label>
          They may{" "}
          <select name="access">
            <option value="read">read</option>
            <option value="edit">edit</option>
          </select>
        </label>
        <button type="submit">Share my library</button>
      </form>

      <h2>Backup</h2>
      <p class="lede">
        Everything of yours (recipes with their pictures, boards, shopping lists, meal plan) in one
        file: to keep, or to bring into another account. Restoring skips what you have.
      </p>
      <p>
        <a href="/account/backup" download>
          Download my Claypot
        </a>
        {props.user.role === "admin" && (
          <>
            {" · "}
            <a href="/account/backup?scope=site" download>
              Download the whole site
            </a>
          </>
        )}
      </p>
      <form method="post" action="/account/backup" enctype="multipart/form-data" class="stack">
        {hidden}
        <label>
          A backup file <input type="file" name="backup" accept=".jsonl,.json,.txt" required />
        </label>
        <button type="submit">Restore into my account</button>
      </form>

      <h2>API tokens</h2>
      {props.newSecret && (
        <p class="card" role="status">
          Your new token, shown only now: <code class="secret">{props.newSecret}</code>
        </p>
      )}
      <ul class="plain">
        {props.tokens.map((t) => (
          <li>
            {t.name} — made {t.createdAt.toISOString().slice(0, 10)}
            {t.revokedAt ? (
              " (revoked)"
            ) : (
              <form method="post" action={`/account/tokens/${t.id}/revoke`} class="inline">
                {hidden}
                <button type="submit">Revoke</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form method="post" action="/account/tokens" class="stack">
        {hidden}
        <label>
          Name <input type="text" name="name" maxlength={100} />
        </label>
        <button type="submit">Make a token</button>
      </form>
    </Layout>
  );
}

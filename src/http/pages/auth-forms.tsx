import { Layout } from "./layout.js";

export interface AuthFormProps {
  readonly csrfToken: string;
  readonly stylesheetHref: string;
  readonly error?: string;
  readonly email?: string;
}

const Hidden = ({ csrfToken }: { csrfToken: string }) => (
  <input type="hidden" name="_csrf" value={csrfToken} />
);

export function SignInPage({ csrfToken, stylesheetHref, error, email }: AuthFormProps) {
  return (
    <Layout title="Sign in — Claypot" stylesheetHref={stylesheetHref}>
      <h1>Sign in</h1>
      {error && (
        <p class="lede error" role="alert">
          {error}
        </p>
      )}
      <form method="post" action="/sign-in" class="stack">
        <Hidden csrfToken={csrfToken} />
        <label>
          Email{" "}
          <input type="email" name="email" required autocomplete="email" value={email ?? ""} />
        </label>
        <label>
          Password{" "}
          <input type="password" name="password" required autocomplete="current-password" />
        </label>
        <button type="submit">Sign in</button>
      </form>
      <p>
        New here? <a href="/sign-up">Make an account</a>.
      </p>
    </Layout>
  );
}

export function SignUpPage({ csrfToken, stylesheetHref, error, email }: AuthFormProps) {
  return (
    <Layout title="Sign up — Claypot" stylesheetHref={stylesheetHref}>
      <h1>Make an account</h1>
      {error && (
        <p class="lede error" role="alert">
          {error}
        </p>
      )}
      <form method="post" action="/sign-up" class="stack">
        <Hidden csrfToken={csrfToken} />
        <label>
          Name <input type="text" name="name" maxlength={100} autocomplete="name" />
        </label>
        <label>
          Email{" "}
          <input type="email" name="email" required autocomplete="email" value={email ?? ""} />
        </label>
        <label>
          Password (10 characters or more){" "}
          <input
            type="password"
            name="password"
            required
            minlength={10}
            autocomplete="new-password"
          />
        </label>
        <button type="submit">Sign up</button>
      </form>
    </Layout>
  );
}

export function ResetPasswordPage(
  props: AuthFormProps & { readonly action: string; readonly usable: boolean },
) {
  return (
    <Layout title="New password — Claypot" stylesheetHref={props.stylesheetHref}>
      <h1>Choose a new password</h1>
      {props.error && (
        <p class="lede error" role="alert">
          {props.error}
        </p>
      )}
      {props.usable ? (
        <form method="post" action={props.action} class="stack">
          <Hidden csrfToken={props.csrfToken} />
          <label>
            New password (10 characters or more){" "}
            <input
              type="password"
              name="password"
              required
              minlength={10}
              autocomplete="new-password"
            />
          </label>
          <button type="submit">Set password</button>
        </form>
      ) : (
        <p class="lede">This link is used up or has expired. Ask an admin for a new one.</p>
      )}
    </Layout>
  );
}

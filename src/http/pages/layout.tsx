import { type Child, useContext } from "hono/jsx";
import { NavContext } from "./nav-context.js";

export interface LayoutProps {
  readonly title: string;
  readonly description?: string;
  readonly stylesheetHref: string;
  readonly head?: Child;
  readonly children: Child;
}

export function Layout({ title, description, stylesheetHref, head, children }: LayoutProps) {
  const nav = useContext(NavContext);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description && <meta name="description" content={description} />}
        <link rel="stylesheet" href={stylesheetHref} />
        {head}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            Claypot
          </a>
          {nav ? (
            <nav class="account">
              <a href="/boards">Boards</a>
              <a href="/account">{nav.name}</a>
              <form method="post" action="/sign-out" class="inline">
                <input type="hidden" name="_csrf" value={nav.csrfToken} />
                <button type="submit">Sign out</button>
              </form>
            </nav>
          ) : (
            <nav class="account">
              <a href="/sign-in">Sign in</a>
              <a href="/sign-up">Sign up</a>
            </nav>
          )}
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          <span>Claypot — recipes kept well.</span>
          <a href="/api/recipes">API</a>
        </footer>
      </body>
    </html>
  );
}

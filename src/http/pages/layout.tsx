import type { Child } from "hono/jsx";

export interface LayoutProps {
  readonly title: string;
  readonly description?: string;
  readonly stylesheetHref: string;
  readonly head?: Child;
  readonly children: Child;
}

export function Layout({ title, description, stylesheetHref, head, children }: LayoutProps) {
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

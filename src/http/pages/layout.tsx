import { raw } from "hono/html";
import { type Child, useContext } from "hono/jsx";
import { NavContext } from "./nav-context.js";

export interface LayoutProps {
  readonly title: string;
  readonly description?: string;
  readonly stylesheetHref: string;
  /** The page's one address for search engines, absolute. */
  readonly canonical?: string;
  readonly head?: Child;
  readonly children: Child;
}

export function Layout({
  title,
  description,
  stylesheetHref,
  canonical,
  head,
  children,
}: LayoutProps) {
  const nav = useContext(NavContext);
  return (
    <>
      {/* Without it browsers render in quirks mode. */}
      {raw("<!DOCTYPE html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          {description && <meta name="description" content={description} />}
          <meta name="theme-color" content="#fffaf4" media="(prefers-color-scheme: light)" />
          <meta name="theme-color" content="#1b1612" media="(prefers-color-scheme: dark)" />
          <link rel="stylesheet" href={stylesheetHref} />
          {/* No favicon request (and no 404 in the console): the site has no icon yet. */}
          <link rel="icon" href="data:," />
          {canonical && <link rel="canonical" href={canonical} />}
          <link
            rel="alternate"
            type="application/rss+xml"
            title="Claypot recipes"
            href="/feed.xml"
          />
          <link
            rel="alternate"
            type="application/atom+xml"
            title="Claypot recipes"
            href="/feed.atom"
          />
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
              <nav class="account" aria-label="Account">
                <a href="/recipes/new">New recipe</a> <a href="/import">Import</a>{" "}
                <a href="/boards">Boards</a> <a href="/lists">Lists</a> <a href="/plan">Plan</a>
                <a href="/account">{nav.name}</a>
                <form method="post" action="/sign-out" class="inline">
                  <input type="hidden" name="_csrf" value={nav.csrfToken} />
                  <button type="submit">Sign out</button>
                </form>
              </nav>
            ) : (
              <nav class="account" aria-label="Account">
                <a href="/sign-in">Sign in</a>
                <a href="/sign-up">Sign up</a>
              </nav>
            )}
          </header>
          <main id="main">{children}</main>
          <footer class="site">
            <span>Claypot — recipes kept well.</span>
            <nav aria-label="Site">
              <a href="/search">Search</a> <a href="/feed.xml">RSS</a> <a href="/feed.atom">Atom</a>{" "}
              <a href="/api/recipes">API</a>
            </nav>
          </footer>
        </body>
      </html>
    </>
  );
}

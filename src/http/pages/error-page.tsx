import { Layout } from "./layout.js";

const HEADINGS: Record<number, string> = {
  400: "That did not work",
  401: "Sign in first",
  403: "Not allowed",
  404: "Not found",
  409: "That did not work",
  422: "That did not work",
  429: "Too many tries",
};

export function ErrorPage(props: { status: number; message: string; stylesheetHref: string }) {
  const heading = HEADINGS[props.status] ?? "Something went wrong";
  return (
    <Layout title={`${heading} — Claypot`} stylesheetHref={props.stylesheetHref}>
      <h1>{heading}</h1>
      <p class="lede">{props.message}</p>
      {props.status === 404 && (
        <search>
          <form class="quick-search" action="/search" method="get">
            <label for="missing-q">Search recipes instead</label>
            <input id="missing-q" type="search" name="q" />
            <button type="submit">Search</button>
          </form>
        </search>
      )}
      <p>
        {props.status === 401 ? (
          <a class="button" href="/sign-in">
            Sign in
          </a>
        ) : (
          <a class="button" href="/">
            All recipes
          </a>
        )}
      </p>
    </Layout>
  );
}

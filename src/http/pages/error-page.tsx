import { Layout } from "./layout.js";

export function ErrorPage(props: { status: number; message: string; stylesheetHref: string }) {
  const heading = props.status === 404 ? "Not found" : "Something went wrong";
  return (
    <Layout title={`${heading} — Claypot`} stylesheetHref={props.stylesheetHref}>
      <h1>{heading}</h1>
      <p class="lede">{props.message}</p>
      <p>
        <a class="button" href="/">
          All recipes
        </a>
      </p>
    </Layout>
  );
}

import type { Viewer } from "../app/recipe-access.js";
import type { Identified } from "../app/who-is-this.js";

/** What the identify middleware leaves on every request for the routes after it. */
export interface AppEnv {
  Variables: {
    viewer: Viewer;
    via: Identified["via"];
    /** The session cookie as sent, live or not: sign-in revokes it, sign-out ends it. */
    sessionToken: string | undefined;
    /** An anonymous visitor's CSRF token once made in this request (see csrf.ts). */
    anonymousCsrf: string | undefined;
  };
}

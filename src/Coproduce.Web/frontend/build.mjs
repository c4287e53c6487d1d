// Compiles styles/app.scss and copies GOV.UK Frontend's script into ../wwwroot/lib, which is not committed.
// GOV.UK's images (crown, crest, icons) are left out: Coproduce is not a GOV.UK service.
// Run by MSBuild (see Coproduce.Web.csproj) when the output is missing or older than its sources.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "wwwroot", "lib");
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(join(out, "govuk"), { recursive: true });
const css = sass.compile(join(here, "styles", "app.scss"), {
  loadPaths: [join(here, "node_modules")],
  style: "compressed",
  quietDeps: true,
});
writeFileSync(join(out, "app.css"), css.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk", "govuk-frontend.min.js"));
console.log(`Built ${join(out, "app.css")}`);

// Progressive enhancement only: every page works without this script.
import { initAll } from "/lib/govuk/govuk-frontend.min.js";
import { initPasskeys } from "/js/passkeys.mjs";
import { initPlanProgress } from "/js/plan-progress.mjs";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
initPasskeys();
initPlanProgress();

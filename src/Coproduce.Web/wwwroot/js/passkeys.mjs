// Passkeys use the browser's WebAuthn API. Without it (or without this script) the passkey forms stay hidden or
// explain that they need it, and passwords keep working.
const supported = "PublicKeyCredential" in window
  && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
  && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

// The options come from the same page, posted with the form's own antiforgery token.
async function fetchOptions(form) {
  const url = new URL(form.action, window.location.href);
  url.searchParams.set("handler", form.dataset.optionsHandler);
  const response = await fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin" });
  if (!response.ok) {
    throw new Error(`Passkey options: ${response.status}`);
  }
  return response.json();
}

// On submit: ask the browser for a credential, put it in the form, then post the form as usual. A cancelled or
// failed request posts an empty credential, and the page says what went wrong in its error summary.
function enhance(form, askBrowser) {
  form.hidden = false;
  form.querySelector(".app-needs-script")?.setAttribute("hidden", "");
  form.querySelector("button").hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      form.elements.Credential.value = JSON.stringify(await askBrowser(await fetchOptions(form)));
    } catch {
      form.elements.Credential.value = "";
    }
    form.submit();
  });
}

export function initPasskeys() {
  if (!supported) {
    return;
  }
  for (const form of document.querySelectorAll('[data-module="app-passkey-create"]')) {
    enhance(form, (options) => navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) }));
  }
  for (const form of document.querySelectorAll('[data-module="app-passkey-sign-in"]')) {
    enhance(form, (options) => navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }));
  }
}

// While the engine plans an evening, the plan page shows how far it has got, asking the server once a second, and
// shows the plan once it is done. Without this script the page says to check again, with a link.
export function initPlanProgress() {
  const panel = document.querySelector("[data-plan-progress]");
  if (!panel) {
    return;
  }

  const bar = panel.querySelector("progress");
  const text = panel.querySelector("[data-progress-text]");
  const { percentWords, leftOutWords } = text.dataset;
  const ask = async () => {
    try {
      const response = await fetch(panel.dataset.progressUrl, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (response.ok) {
        const progress = await response.json();
        if (!progress.planning) {
          window.location.reload();
          return;
        }
        bar.value = progress.percent;
        bar.textContent = `${progress.percent}%`;
        text.textContent = [percentWords.replace("{0}", progress.percent),
          progress.leftOut === null ? "" : leftOutWords.replace("{0}", progress.leftOut)].join(" ").trim();
      }
    } catch {
      // A moment offline: the next tick asks again.
    }
    window.setTimeout(ask, 1000);
  };
  window.setTimeout(ask, 1000);
}

// zhoubao's page: copy buttons, files dropped onto the page, a back link. Nothing else runs here.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const text = document.getElementById(button.dataset.copy).textContent;
      try {
        await navigator.clipboard.writeText(text);
      } catch (error) {
        // Without clipboard access (an older browser): select the text for Ctrl+C.
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(button.dataset.copy));
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
      const label = button.textContent;
      button.textContent = "已复制";
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  }
  for (const zone of document.querySelectorAll("[data-drop]")) {
    const input = document.getElementById(zone.dataset.drop);
    const show = () => {
      const names = Array.from(input.files).map((file) => file.name);
      zone.dataset.count = names.length ? `已选 ${names.length} 个：${names.join("、")}` : "";
    };
    input.addEventListener("change", show);
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      input.files = event.dataTransfer.files;
      show();
    });
  }
  for (const link of document.querySelectorAll("[data-back]")) {
    link.addEventListener("click", (event) => {
      if (history.length > 1) { event.preventDefault(); history.back(); }
    });
  }
});

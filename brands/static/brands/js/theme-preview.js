// Live theme preview of the brand settings (brands/admin/theme_panel.py, brands/admin/theme_preview.py): recomputes the contrast of each
// text/background pair as the editor picks a colour (same WCAG 2.1 formula and truncation as
// brands/core/colors.py), announces problems politely, and refreshes the preview by posting the unsaved
// colours and fonts. Without this script the panel shows the saved palette's ratios, computed server-side.
(function () {
  "use strict";

  var FIELDS = ["primary_color", "secondary_color", "accent_color", "text_color", "background_color", "font_pairing"];
  var HEX = /^#[0-9a-fA-F]{6}$/;
  var DELAY = 400;

  function luminance(hex) {
    var linear = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  function ratio(foreground, background) {
    var a = luminance(foreground);
    var b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  // Truncated, never rounded, so that 4,49 never reads as a passing 4,5.
  function formatRatio(value) {
    return (Math.trunc(value * 100) / 100).toFixed(2).replace(".", ",") + ":1";
  }

  function setUp(panel) {
    var form = panel.closest("form");
    if (!form) {
      return;
    }
    var threshold = parseFloat(panel.dataset.threshold);
    var announcer = panel.querySelector("[data-announcer]");
    var frame = panel.querySelector("[data-preview-frame]");
    var rows = Array.prototype.slice.call(panel.querySelectorAll("[data-contrast-pair]"));
    var lastAnnouncement = null;
    var timer = null;
    var controller = null;

    function field(name) {
      return form.elements.namedItem(name);
    }

    function colorOf(name) {
      if (!name) {
        return panel.dataset.white;
      }
      var input = field(name);
      return input && HEX.test(input.value) ? input.value.toLowerCase() : null;
    }

    function updateRatios() {
      var failing = [];
      rows.forEach(function (row) {
        var foreground = colorOf(row.dataset.foreground);
        var background = colorOf(row.dataset.background);
        if (!foreground || !background) {
          return;
        }
        var value = ratio(foreground, background);
        var text = formatRatio(value);
        var passes = value >= threshold;
        var sample = row.querySelector("[data-sample]");
        sample.style.color = foreground;
        sample.style.backgroundColor = background;
        row.querySelector("[data-ratio]").textContent = text;
        var verdict = row.querySelector("[data-verdict]");
        verdict.textContent = "";
        if (passes) {
          verdict.textContent = panel.dataset.labelPass;
        } else {
          var strong = document.createElement("strong");
          strong.textContent = panel.dataset.labelFail;
          verdict.appendChild(strong);
          failing.push(row.querySelector("[data-description]").textContent + " (" + text + ")");
        }
      });
      var announcement = failing.length
        ? panel.dataset.messageFail + " " + failing.join(", ") + "."
        : panel.dataset.messagePass;
      if (announcement !== lastAnnouncement) {
        announcer.textContent = announcement;
        lastAnnouncement = announcement;
      }
    }

    function refreshPreview() {
      if (!frame || !panel.dataset.previewUrl) {
        return;
      }
      var data = new FormData();
      data.append("csrfmiddlewaretoken", field("csrfmiddlewaretoken").value);
      FIELDS.forEach(function (name) {
        var input = field(name);
        if (input) {
          data.append(name, input.value);
        }
      });
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(panel.dataset.previewUrl, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        signal: controller.signal,
      })
        .then(function (response) {
          if (!response.ok) {
            announcer.textContent = panel.dataset.messageError;
            lastAnnouncement = null;
          }
          return response.text();
        })
        .then(function (html) {
          frame.removeAttribute("src");
          frame.srcdoc = html;
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            announcer.textContent = panel.dataset.messageError;
            lastAnnouncement = null;
          }
        });
    }

    function onChange(event) {
      if (FIELDS.indexOf(event.target.name) === -1) {
        return;
      }
      updateRatios();
      window.clearTimeout(timer);
      timer = window.setTimeout(refreshPreview, DELAY);
    }

    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-theme-preview]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

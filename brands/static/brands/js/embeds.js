/* Click-to-load embeds (brands/blocks/embeds.py): nothing is requested from a video or map host
   until the visitor presses the button. The page holds only a provider name and ids or coordinates;
   the player address is built here, on the privacy-enhanced hosts. No dependency. */
(function () {
    "use strict";
    if (window.metreCarreEmbeds) { return; } // the block template may include this file more than once
    window.metreCarreEmbeds = true;

    var ID = /^[A-Za-z0-9_-]{1,20}$/;
    var NUMBER = /^-?\d{1,3}(\.\d+)?$/;
    var BBOX = /^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$/;

    var players = {
        youtube: function (data) {
            return ID.test(data.embedId || "") &&
                "https://www.youtube-nocookie.com/embed/" + data.embedId + "?autoplay=1";
        },
        vimeo: function (data) {
            if (!/^\d{1,12}$/.test(data.embedId || "")) { return false; }
            var hash = /^[0-9a-f]{6,20}$/.test(data.embedHash || "") ? "&h=" + data.embedHash : "";
            return "https://player.vimeo.com/video/" + data.embedId + "?dnt=1&autoplay=1" + hash;
        },
        openstreetmap: function (data) {
            if (!BBOX.test(data.embedBbox || "") || !NUMBER.test(data.embedLat || "") || !NUMBER.test(data.embedLon || "")) {
                return false;
            }
            return "https://www.openstreetmap.org/export/embed.html?layer=mapnik&bbox=" + data.embedBbox +
                "&marker=" + data.embedLat + "," + data.embedLon;
        }
    };

    function load(container) {
        var build = players[container.dataset.embed];
        var src = build && build(container.dataset);
        if (!src) { return; }
        var frame = document.createElement("iframe");
        frame.src = src;
        frame.title = container.dataset.embedTitle || "";
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.allowFullscreen = true;
        frame.className = "embed__frame";
        container.replaceChildren(frame);
        container.classList.add("embed--loaded");
        frame.focus();
    }

    function init() {
        document.querySelectorAll("[data-embed]").forEach(function (container) {
            var button = container.querySelector("[data-embed-load]");
            if (!button || !players[container.dataset.embed]) { return; }
            button.hidden = false;
            button.addEventListener("click", function () { load(container); });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());

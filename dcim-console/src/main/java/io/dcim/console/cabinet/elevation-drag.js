/*
 * Drag a device on a cabinet elevation to free units of either face, or of a neighbour cabinet
 * shown alongside, to move it. A ghost shows where it would land; the drop asks the server,
 * which applies the same rack rules as the form and either redraws the page or says why not.
 * A press without movement stays a click and opens the device.
 */
function dcimElevationDrag() {
  "use strict";
  var root = document.querySelector("[data-drag-url]");
  if (!root) {
    return;
  }
  var NS = "http://www.w3.org/2000/svg";
  var drag = null;
  var swallowClick = false;

  function unitUnder(svg, clientY) {
    var box = svg.getBoundingClientRect();
    var unitPx = Number(svg.dataset.unitPx) * box.height / svg.viewBox.baseVal.height;
    var heightU = Number(svg.dataset.heightU);
    return heightU - Math.floor((clientY - box.top) / unitPx);
  }

  function elevationAt(x, y) {
    var el = document.elementFromPoint(x, y);
    return el && el.closest ? el.closest("svg.elevation") : null;
  }

  function clearGhost() {
    if (drag && drag.ghost) {
      drag.ghost.remove();
      drag.ghost = null;
    }
  }

  function showGhost(svg, bottomU) {
    clearGhost();
    var heightU = Number(svg.dataset.heightU);
    var unitPx = Number(svg.dataset.unitPx);
    var labelPx = Number(svg.dataset.labelPx);
    var top = bottomU + drag.height - 1;
    var fits = bottomU >= 1 && top <= heightU;
    var rect = document.createElementNS(NS, "rect");
    rect.setAttribute("class", "ghost" + (fits ? "" : " outside"));
    rect.setAttribute("x", labelPx + 1);
    rect.setAttribute("y", (heightU - Math.min(top, heightU)) * unitPx + 1);
    rect.setAttribute("width", svg.viewBox.baseVal.width - labelPx - 2);
    rect.setAttribute("height", Math.max(1, Math.min(top, heightU) - Math.max(bottomU, 1) + 1) * unitPx - 2);
    svg.appendChild(rect);
    drag.ghost = rect;
  }

  root.addEventListener("pointerdown", function (e) {
    var device = e.target.closest ? e.target.closest("a.device") : null;
    if (!device || e.button !== 0) {
      return;
    }
    var svg = device.closest("svg.elevation");
    drag = {
      device: device,
      id: device.dataset.deviceId,
      version: device.dataset.version,
      height: Number(device.dataset.height),
      grabOffset: unitUnder(svg, e.clientY) - Number(device.dataset.u),
      x: e.clientX,
      y: e.clientY,
      moved: false,
      ghost: null
    };
    e.preventDefault();
  });

  document.addEventListener("pointermove", function (e) {
    if (!drag) {
      return;
    }
    if (!drag.moved && Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) < 6) {
      return;
    }
    drag.moved = true;
    drag.device.classList.add("dragging");
    var svg = elevationAt(e.clientX, e.clientY);
    if (svg) {
      showGhost(svg, unitUnder(svg, e.clientY) - drag.grabOffset);
    } else {
      clearGhost();
    }
  });

  document.addEventListener("pointerup", function (e) {
    if (!drag) {
      return;
    }
    var current = drag;
    clearGhost();
    drag = null;
    current.device.classList.remove("dragging");
    if (!current.moved) {
      return;
    }
    swallowClick = true;
    var svg = elevationAt(e.clientX, e.clientY);
    if (!svg) {
      return;
    }
    Wicket.Ajax.get({
      u: root.dataset.dragUrl,
      ep: {
        device: current.id,
        version: current.version,
        cabinet: svg.dataset.cabinetId,
        face: svg.dataset.face,
        u: unitUnder(svg, e.clientY) - current.grabOffset
      }
    });
  });

  // A drag ends with a click on the link it started on: that click must not open the device.
  document.addEventListener("click", function (e) {
    if (swallowClick) {
      e.preventDefault();
      e.stopPropagation();
      swallowClick = false;
    }
  }, true);
}

// The script is loaded in the head: wait for the elevations to exist.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", dcimElevationDrag);
} else {
  dcimElevationDrag();
}

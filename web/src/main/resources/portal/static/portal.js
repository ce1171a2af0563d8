// Small conveniences on top of pages that work without JavaScript.
(function () {
  "use strict";

  // A search form sends only the fields that hold something, so the address stays short enough to share.
  function compactOnSubmit(form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && !field.disabled && field.type !== "checkbox" && field.type !== "radio" &&
            field.tagName !== "BUTTON" && String(field.value).trim() === "") {
          field.disabled = true;
        }
      });
    });
  }

  // "/" jumps to the search box, as on most search sites (not while typing in a field).
  function slashToSearch() {
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" ||
        target.tagName === "SELECT" || target.isContentEditable);
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        var box = document.querySelector("input[type=search][name=q]");
        if (box) {
          event.preventDefault();
          box.focus();
        }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-compact]"), compactOnSubmit);
    slashToSearch();
  });
})();

// The cassation explorer's niceties; every page works without them (the forms post as they are).
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function showChosenFact() {
    var chooser = document.getElementById("predicate");
    if (!chooser) { return; }
    document.querySelectorAll(".fact-fields").forEach(function (set) {
      var chosen = set.getAttribute("data-fact") === chooser.value;
      set.classList.toggle("chosen", chosen);
      set.disabled = !chosen;  // only the chosen fact's fields are posted
    });
  }

  // A citation opens the paragraph it cites (a link to a closed <details> would not).
  function openCitation(event) {
    var link = event.target.closest("a.cite");
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    event.preventDefault();
    target.open = true;
    target.scrollIntoView({block: "start"});
    history.replaceState(null, "", link.getAttribute("href"));
  }

  // A what-if toggle asks again at once.
  function toggled(event) {
    if (!event.target.classList.contains("toggle")) { return; }
    var button = document.getElementById("whatif");
    if (button) { event.target.form.requestSubmit(button); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var chooser = document.getElementById("predicate");
    if (chooser) { chooser.addEventListener("change", showChosenFact); showChosenFact(); }
    document.addEventListener("click", openCitation);
    document.addEventListener("change", toggled);
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      // A paragraph named in the address (/norms#p3) shows its whole text.
      var shown = target && (target.tagName === "DETAILS" ? target : target.querySelector("details.paragraph"));
      if (shown) { shown.open = true; }
    }
  });
}());

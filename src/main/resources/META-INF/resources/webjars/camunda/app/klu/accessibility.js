// KLU: one mechanism, shared by Tasklist (scripts/klu-forms.js) and Cockpit (scripts/klu-cockpit.js),
// that gives the webapps' icon-only buttons and links a name a screen reader can say (WCAG 4.1.2;
// axe's button-name and link-name): their own Danish tooltip where they have one, otherwise the
// name below for what they do. Camunda's search field gets the combobox role its typeahead's
// aria-expanded belongs to. Checked with axe-core in SecretariatBrowserIT.

/** Controls without a tooltip, by what they are, and the Danish name they get. */
const NAMES = [
  ['.region-toggle[data-region="filters"]', 'Skjul eller vis filtrene'],
  ['.region-toggle[data-region="list"]', 'Skjul eller vis opgavelisten'],
  ['.region-toggle[data-region="task"]', 'Skjul eller vis opgaven'],
  ['.maximize', 'Forstør eller formindsk opgaven'],
  ['.instance-link', 'Åbn processen i Cockpit'],
  ['.shutter a', 'Vis eller skjul opgavens detaljer'],
  ['.new-sort .dropdown-toggle', 'Tilføj sortering'],
  ['[cam-widget-search] .dropdown-toggle', 'Gemte søgninger'],
  ['.dropdown-toggle', 'Vis valgmuligheder']
];

const CONTROLS = 'a, button';

function unnamed(control) {
  return (
    !control.hasAttribute('aria-label') &&
    !control.hasAttribute('aria-labelledby') &&
    !(control.innerText || '').trim()
  );
}

function nameOf(control) {
  const tooltip = control.getAttribute('uib-tooltip');
  if (tooltip && !tooltip.includes('{{')) {
    return tooltip;
  }
  const inner = control.querySelector('[uib-tooltip]');
  const innerTooltip = inner && inner.getAttribute('uib-tooltip');
  if (innerTooltip && !innerTooltip.includes('{{')) {
    return innerTooltip;
  }
  const known = NAMES.find(([selector]) => control.matches(selector));
  return known ? known[1] : null;
}

/** Names the unnamed icon-only controls in (and at) the node. */
export function nameControls(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const controls = node.matches(CONTROLS) ? [node] : node.querySelectorAll(CONTROLS);
  for (const control of controls) {
    if (unnamed(control)) {
      const name = nameOf(control);
      if (name) {
        control.setAttribute('aria-label', name);
        // a link without an address is a button to a screen reader (and may then be named)
        if (control.tagName === 'A' && !control.hasAttribute('href') && !control.hasAttribute('role')) {
          control.setAttribute('role', 'button');
        }
      }
    }
  }
  const search = node.matches('input[aria-autocomplete]')
    ? [node]
    : node.querySelectorAll('input[aria-autocomplete]');
  for (const input of search) {
    if (!input.hasAttribute('role')) {
      input.setAttribute('role', 'combobox');
    }
  }
}

/** Names what is on the page now and whatever the webapp adds or re-labels later. */
export function nameControlsAlways() {
  nameControls(document.documentElement);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        nameControls(mutation.target);
      } else {
        mutation.addedNodes.forEach(nameControls);
      }
    }
  }).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['uib-tooltip']
  });
}

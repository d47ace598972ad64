// KLU: the committee's own script in Cockpit, loaded through config.js's customScripts. Cockpit
// shows every person the buttons that change instances, variables, tasks, jobs and deployments,
// whatever they may do; the process owner only reads, and the server refuses those changes to them
// (EngineApiGate). When the header shows who is logged in (after each login), the page is marked
// for an administrator (../../klu/administrator.js); user-styles.css shows the changing buttons only
// then. Cockpit's icon-only buttons and links get a name a screen reader says (../../klu/
// accessibility.js, shared with Tasklist). The menu links the committee's Danish overview
// (/api/overview), and the variables tables name each variable in Danish too.

import {nameControlsAlways} from '../../klu/accessibility.js';
import {markAdministrator} from '../../klu/administrator.js';

/**
 * The committee's overview in Danish (meetings' phases, what is late: /api/overview) as the last
 * entry of Cockpit's menu, opened in a new tab in the same login.
 */
function linkOverview() {
  const menu = document.querySelector('[cam-widget-header] .sections-menu > ul');
  if (!menu || menu.querySelector('.klu-overview')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'klu-overview';
  const link = document.createElement('a');
  link.href = '/api/overview';
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'KLU-overblik';
  item.appendChild(link);
  menu.appendChild(item);
}

/** Variable name to Danish label (GET /api/variable-labels), once loaded. */
let variableLabels = null;
let variableLabelsAsked = false;

function loadVariableLabels() {
  if (variableLabelsAsked) {
    return;
  }
  variableLabelsAsked = true;
  fetch('/api/variable-labels', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((answer) => (answer.ok ? answer.json() : null))
    .then((labels) => {
      variableLabels = labels;
      labelVariables();
    })
    .catch(() => {
      variableLabels = null;
    });
}

/**
 * Writes each variable's Danish name under its technical name in Cockpit's variables tables
 * ("agendaItems" – "Dagsordenens punkter"); the technical name stays, as it is what the models use.
 */
function labelVariables() {
  if (!variableLabels) {
    return;
  }
  document.querySelectorAll('[cam-widget-variables-table] tbody tr').forEach((row) => {
    const cell = row.querySelector('td.col-name');
    if (!cell) {
      return;
    }
    let label = cell.querySelector('.klu-variable-label');
    const text = cell.innerText || '';
    const name = (label ? text.replace(label.innerText, '') : text).trim();
    const danish = variableLabels[name];
    if (!danish) {
      if (label) {
        label.remove();
      }
      return;
    }
    if (!label) {
      label = document.createElement('div');
      label.className = 'klu-variable-label';
      cell.appendChild(label);
    }
    if (label.textContent !== danish) {
      label.textContent = danish;
    }
  });
}

let labelsQueued = false;

/** Cockpit writes a literal "null" where an instance has no parent; Danish says "ingen". */
function noNulls() {
  document.querySelectorAll('.null-value').forEach((value) => {
    if (value.textContent.trim() === 'null') {
      value.textContent = 'ingen';
    }
  });
}

new MutationObserver((mutations) => {
  linkOverview();
  noNulls();
  if (document.querySelector('[cam-widget-variables-table]')) {
    loadVariableLabels();
    if (!labelsQueued) {
      labelsQueued = true;
      window.requestAnimationFrame(() => {
        labelsQueued = false;
        labelVariables();
      });
    }
  }
  let header = false;
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        header = header || node.matches('.account') || node.querySelector('.account') !== null;
      }
    }
  }
  if (header) {
    markAdministrator();
  }
}).observe(document.documentElement, {subtree: true, childList: true});

markAdministrator();
nameControlsAlways();

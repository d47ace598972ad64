// KLU: the committee's own script in Cockpit, loaded through config.js's customScripts. Cockpit
// shows every person the buttons that change instances, variables, tasks, jobs and deployments,
// whatever they may do; the process owner only reads, and the server refuses those changes to them
// (EngineApiGate). When the header shows who is logged in (after each login), the page is marked
// for an administrator (../../klu/administrator.js); user-styles.css shows the changing buttons only
// then. Cockpit's icon-only buttons and links get a name a screen reader says (../../klu/
// accessibility.js, shared with Tasklist). The menu links the committee's Danish overview (/api/overview).

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

new MutationObserver((mutations) => {
  linkOverview();
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

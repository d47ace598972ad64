// KLU: one check, shared by Tasklist (scripts/klu-forms.js) and Cockpit (scripts/klu-cockpit.js),
// whether the person logged in is an administrator: a member of camunda-admin, the group the
// server's rules name. The page is marked with the class klu-admin on <html>, and each webapp's
// user-styles.css shows what only administrators can use (Tasklist's "Opret opgave"; Cockpit's
// buttons that change instances, variables, jobs and deployments) only then. The server refuses
// those operations to everyone else anyway (EngineApiGate); this only spares people buttons that
// fail.

const ADMIN_GROUP = 'camunda-admin';
let checkedUser = null;

/** Asks the engine who is logged in and whether they are an administrator; marks the page. */
export function markAdministrator() {
  const base = document.querySelector('base');
  if (!base) {
    return;
  }
  const adminApi = base.getAttribute('admin-api');
  const engineApi = base.getAttribute('engine-api');
  fetch(adminApi + 'auth/user/default', {credentials: 'same-origin'})
    .then((answer) => (answer.ok ? answer.json() : {}))
    .then((user) => {
      if (!user.userId) {
        checkedUser = null;
        document.documentElement.classList.remove('klu-admin');
        return null;
      }
      if (user.userId === checkedUser) {
        return null;
      }
      checkedUser = user.userId;
      return fetch(
        engineApi + 'engine/default/identity/groups?userId=' + encodeURIComponent(user.userId),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}}
      )
        .then((answer) => (answer.ok ? answer.json() : {groups: []}))
        .then((identity) => {
          const admin = (identity.groups || []).some((group) => group.id === ADMIN_GROUP);
          document.documentElement.classList.toggle('klu-admin', admin);
        });
    })
    .catch(() => {
      checkedUser = null;
    });
}

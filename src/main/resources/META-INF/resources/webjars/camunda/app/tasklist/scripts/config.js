/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// KLU: Danish for everyone, whatever language the browser asks for (many municipal PCs run an
// English Windows). English only for someone who chooses it in this browser: open a webapp once with
// ?lang=en (?lang=da to go back); the choice is kept in localStorage for all four webapps.
const chosenLanguage = new URLSearchParams(window.location.search).get('lang');
if (chosenLanguage === 'da' || chosenLanguage === 'en') {
  window.localStorage.setItem('klu.lang', chosenLanguage);
}
const english = window.localStorage.getItem('klu.lang') === 'en';
const DANISH = {availableLocales: ['da'], fallbackLocale: 'da'};
const ENGLISH = {availableLocales: ['en'], fallbackLocale: 'en'};
// Dates as the committee's forms write them (27.11.2026 kl. 12:00); the long form and the month and
// day names come from locales/da.json ("fredag d. 27. november 2026 kl. 12:00").
const DANISH_DATES = {
  day: 'D.',
  abbr: 'DD.MM.YYYY HH:mm',
  normal: 'DD.MM.YYYY [kl.] HH:mm',
  long: 'LLLL',
  short: 'DD.MM.YYYY'
};

export default {
  // KLU: the committee's name in the header, on the login page and in the browser tab
  app: {
    name: 'Kommunalt Lægeligt Udvalg',
    vendor: 'KLU –'
  },
  //
  dateFormat: english ? {} : DANISH_DATES,
  //
  locales: english ? ENGLISH : DANISH,
  // KLU: Danish dates and texts inside Camunda Forms, "Opret opgave" for administrators only
  // (scripts/klu-forms.js; Tasklist imports it relative to app/tasklist/ and adds '.js')
  customScripts: ['scripts/klu-forms'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // KLU: the descriptions in Danish (Tasklist shows them as they are, under Tastaturgenveje)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'går til det første filter i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'går til den første opgave i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'går til det første felt i opgavens formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner dialogen Start proces'
    }
  }
};

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
  dateFormat: english ? {} : DANISH_DATES,
  // KLU: shows the buttons that change things only to administrators (scripts/klu-cockpit.js)
  customScripts: ['scripts/klu-cockpit'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  locales: english ? ENGLISH : DANISH,
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};

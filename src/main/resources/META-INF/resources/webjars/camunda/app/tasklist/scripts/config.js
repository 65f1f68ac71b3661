// Tasklist of Påverkansagenda: the product's name in the header, Swedish for Swedish browsers (and
// for every browser whose first language has no translation), no welcome message meant for developers,
// dates in forms as ÅÅÅÅ-MM-DD.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Påverkansagenda'
  },
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'sv'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  disableWelcomeMessage: true,
  // dates in task forms as ÅÅÅÅ-MM-DD with a Swedish calendar, times in Swedish time, the task list by
  // planned end and each task's cycle in its header (scripts/paverkansagenda.js)
  customScripts: ['scripts/paverkansagenda'],

  // Tasklist's own keyboard shortcuts, as shipped
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};

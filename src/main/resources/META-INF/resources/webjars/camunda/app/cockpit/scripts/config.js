// Cockpit of Påverkansagenda: the product's name in the header, no welcome message meant for developers.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Påverkansagenda'
  },
  disableWelcomeMessage: true
};

// Admin of Påverkansagenda: the product's name in the header, no welcome message meant for developers.
export default {
  app: {
    name: 'Admin',
    vendor: 'Påverkansagenda'
  },
  disableWelcomeMessage: true
};

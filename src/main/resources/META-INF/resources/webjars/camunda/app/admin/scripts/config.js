// Admin of Påverkansagenda: the product's name in the header, Swedish for Swedish
// browsers (and for every browser whose first language has no translation; English for those who
// choose it), no welcome message meant for developers.
export default {
  app: {
    name: 'Admin',
    vendor: 'Påverkansagenda'
  },
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'sv'
  },
  disableWelcomeMessage: true
};

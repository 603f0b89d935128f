export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {
    document.documentElement.dataset.factCardsRan = '1';
  },
});

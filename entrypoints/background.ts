export default defineBackground(() => {
  console.info('Fact Cards background ready');
});

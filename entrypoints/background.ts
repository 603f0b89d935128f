import { setupBackground } from '../utils/background/setup';

export default defineBackground(() => {
  setupBackground();
});

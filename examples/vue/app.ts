// Mounts App.vue (built by scripts/check-examples.js with esbuild and vue/compiler-sfc).
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

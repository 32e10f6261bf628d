import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '54651ba6ff378a8385635481c720928d5fc8ac64dcdd960c9b79b8c82a06517d') {
    pending.push(import('./chunks/chunk-f62dd991a8482c7fefdb18789b523b794917c231d5fef508f01784f290ae6c69.js'));
  }
  if (key === '47d0d5cba55442f5064f277fa95a52e252dad964d94094b1a12e223f4093577b') {
    pending.push(import('./chunks/chunk-bae3250ac07c95b100037ecbcc1b384a7e901dc0a34bf6785f2dbce93fd7c4b6.js'));
  }
  if (key === 'cd8110c6f966635ceed6a391f733438c6a3f77c5f425e452d0a7e1c561f0b89b') {
    pending.push(import('./chunks/chunk-1d84d41a4c1bccc7ef5fa47d2667c04689c198fb95a92d700846e73df672902e.js'));
  }
  if (key === 'be46b0887edb0409f8eac9cd628a6b41c3f87c784a09b153052fc1d179bf29fc') {
    pending.push(import('./chunks/chunk-17bc01799db9633d8573183714ee40ee5bfce2629cc41a923d5bb17fe4e6e01f.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}
// Renders a Mermaid definition into an element; mermaid itself (3.5 MB) is loaded only when a diagram is shown.
window.portalDiagram = {
  drawn: 0,
  load: function () {
    if (window.mermaid) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      const s = document.createElement('script');
      s.src = '/lib/mermaid/mermaid.min.js';
      s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    });
  },
  render: async function (elementId, definition) {
    await window.portalDiagram.load();
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { htmlLabels: true } });
    // A new id for every drawing: the page draws again when the reader picks another chain.
    const { svg } = await window.mermaid.render(elementId + '-svg-' + (++window.portalDiagram.drawn), definition);
    document.getElementById(elementId).innerHTML = svg;
    return true;
  }
};

// Renders the OpenAPI document of the web service as a reference page, with a form to try each call with a token.
(function () {
  'use strict';
  var root = document.getElementById('ws-docs');
  if (!root) { return; }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function render(doc) {
    root.textContent = '';
    root.appendChild(el('h1', {}, [doc.info.title + ' ' + doc.info.version]));
    root.appendChild(el('p', {}, [doc.info.description]));
    var server = (doc.servers && doc.servers[0] && doc.servers[0].url) || '';
    var flow = doc.components.securitySchemes.oauth2.flows.clientCredentials;
    root.appendChild(el('h2', {}, ['Token']));
    root.appendChild(el('pre', {}, ['POST ' + flow.tokenUrl + '\ngrant_type=client_credentials&client_id=…&client_secret=…&scope=' + Object.keys(flow.scopes).join('%20')]));
    root.appendChild(el('label', { for: 'ws-token' }, ['Token akses (Bearer) untuk mencoba']));
    root.appendChild(el('input', { id: 'ws-token', type: 'password', autocomplete: 'off' }));

    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (method) {
        var op = doc.paths[path][method];
        var section = el('section', { 'class': 'op', id: op.operationId }, [
          el('h2', {}, [el('span', { 'class': 'method' }, [method.toUpperCase()]), el('code', {}, [server + path])]),
          el('p', {}, [op.summary]),
          el('p', {}, [op.description || '']),
          el('p', {}, ['Cakupan: ' + op.security[0].oauth2.join(', ')])
        ]);
        var table = el('table', {}, [el('tr', {}, [el('th', {}, ['Parameter']), el('th', {}, ['Letak']), el('th', {}, ['Keterangan'])])]);
        var inputs = [];
        (op.parameters || []).forEach(function (p) {
          var input = el('input', { 'aria-label': p.name, placeholder: p.schema['enum'] ? p.schema['enum'].join(' | ') : p.name });
          inputs.push({ p: p, input: input });
          table.appendChild(el('tr', {}, [el('td', {}, [el('code', {}, [p.name + (p.required ? ' *' : '')]), input]), el('td', {}, [p['in']]), el('td', {}, [p.description])]));
        });
        section.appendChild(table);
        var codes = el('p', {}, ['Status: ' + Object.keys(op.responses).map(function (s) { return s + ' ' + op.responses[s].description; }).join('; ')]);
        section.appendChild(codes);
        var output = el('pre', { hidden: 'hidden' });
        var button = el('button', { type: 'button' }, ['Coba']);
        button.addEventListener('click', function () {
          var url = server + path;
          var query = [];
          inputs.forEach(function (x) {
            var v = x.input.value.trim();
            if (x.p['in'] === 'path') { url = url.replace('{' + x.p.name + '}', encodeURIComponent(v)); }
            else if (v) { query.push(encodeURIComponent(x.p.name) + '=' + encodeURIComponent(v)); }
          });
          if (query.length) { url += '?' + query.join('&'); }
          var token = document.getElementById('ws-token').value.trim();
          output.hidden = false;
          output.textContent = 'GET ' + url + ' …';
          fetch(url, { headers: token ? { Authorization: 'Bearer ' + token } : {} })
            .then(function (r) { return r.text().then(function (t) { output.textContent = r.status + '\n' + t; }); })
            .catch(function (e) { output.textContent = String(e); });
        });
        section.appendChild(button);
        section.appendChild(output);
        root.appendChild(section);
      });
    });
  }

  fetch(root.getAttribute('data-openapi'))
    .then(function (r) { return r.json(); })
    .then(render)
    .catch(function () { root.appendChild(el('p', {}, ['Dokumen OpenAPI tidak dapat dimuat.'])); });
})();

// Display screen (/pkt/layar): board from /pkt/layar/data, live calls through the SignalR hub (JSON protocol over a
// WebSocket, no client library needed), the Indonesian voice call-out through speechSynthesis, and a running text.
(function () {
    'use strict';
    var body = document.body;
    var dataUrl = body.getAttribute('data-data');
    var hubPath = body.getAttribute('data-hub');
    var RS = String.fromCharCode(0x1e);
    var soundOn = false;
    var lastSpoken = window.pktSpoken = [];

    function el(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) { e.textContent = text; }
        if (cls) { e.className = cls; }
        return e;
    }

    function speak(sentence) {
        lastSpoken.push(sentence);
        if (!('speechSynthesis' in window)) { return; }
        try {
            var u = new SpeechSynthesisUtterance(sentence);
            u.lang = 'id-ID';
            u.rate = 0.9;
            var voices = window.speechSynthesis.getVoices().filter(function (v) { return v.lang && v.lang.toLowerCase().indexOf('id') === 0; });
            if (voices.length) { u.voice = voices[0]; }
            window.speechSynthesis.speak(u);
        } catch (e) { /* no voice on this device: the board still shows the call */ }
    }

    function showCall(call) {
        document.getElementById('panggilan-nomor').textContent = call.nomor;
        document.getElementById('panggilan-meja').textContent = 'Meja ' + call.meja;
        var now = document.querySelector('.pkt-now');
        now.classList.remove('flash');
        void now.offsetWidth;
        now.classList.add('flash');
    }

    function render(data) {
        var tbody = document.getElementById('meja');
        tbody.textContent = '';
        data.desks.forEach(function (d) {
            if (!d.staffed && !d.number) { return; }
            var tr = el('tr');
            tr.appendChild(el('td', d.desk));
            tr.appendChild(el('td', d.number || '—', d.status));
            tr.appendChild(el('td', String(data.waiting[d.counter] || 0)));
            tbody.appendChild(tr);
        });
        var list = document.getElementById('riwayat');
        list.textContent = '';
        data.lastCalls.forEach(function (c) { list.appendChild(el('li', c.nomor + ' → ' + c.meja)); });
        if (data.lastCalls.length && document.getElementById('panggilan-nomor').textContent === '—') { showCall(data.lastCalls[0]); }
        var ticker = document.getElementById('teks-berjalan');
        var items = data.news.concat(['Jam layanan PKT: ' + data.hours.join(' · '), 'Hotline 021-80882815']);
        var text = items.join('   ◆   ');
        if (ticker.textContent !== text) { ticker.textContent = text; }
    }

    var loading = false;
    function refresh() {
        if (loading) { return; }
        loading = true;
        fetch(dataUrl, { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
            .then(function (r) { return r.json(); })
            .then(render)
            .catch(function () { })
            .then(function () { loading = false; });
    }

    function connect() {
        var proto = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var ws = new WebSocket(proto + location.host + hubPath);
        var ping;
        ws.onopen = function () {
            ws.send(JSON.stringify({ protocol: 'json', version: 1 }) + RS);
            ping = setInterval(function () { if (ws.readyState === 1) { ws.send(JSON.stringify({ type: 6 }) + RS); } }, 15000);
            body.setAttribute('data-live', '1');
            refresh();
        };
        ws.onmessage = function (event) {
            String(event.data).split(RS).forEach(function (frame) {
                if (!frame) { return; }
                var msg;
                try { msg = JSON.parse(frame); } catch (e) { return; }
                if (msg.type !== 1) { return; }
                if (msg.target === 'dipanggil') {
                    var call = msg.arguments[0];
                    showCall(call);
                    speak(call.kalimat);
                    refresh();
                } else if (msg.target === 'berubah' || msg.target === 'berita') {
                    refresh();
                }
            });
        };
        ws.onclose = function () { clearInterval(ping); body.removeAttribute('data-live'); setTimeout(connect, 2000); };
    }

    function clock() {
        var d = new Date();
        document.getElementById('jam').textContent = d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' }) + ' WIB';
    }

    document.getElementById('aktifkan-suara').addEventListener('click', function (e) {
        soundOn = true;
        speak('Suara panggilan aktif');
        e.target.hidden = true;
    });

    clock();
    setInterval(clock, 10000);
    refresh();
    // The hub delivers calls, changes and news within a second; polling is only the safety net while it is down.
    setInterval(function () { if (!body.hasAttribute('data-live')) { refresh(); } }, 15000);
    connect();
})();

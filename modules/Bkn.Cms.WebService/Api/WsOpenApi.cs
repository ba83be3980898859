using System.Text.Json.Nodes;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;

namespace Bkn.Cms.WebService.Api;

/// <summary>
/// The OpenAPI 3.1 document of the personnel API (<c>/api/ws/v1/openapi.json</c>, public) and its reference page
/// (<c>/api/ws/docs</c>). Written by hand next to the endpoints it describes; a test checks every mapped endpoint is in it.
/// </summary>
public static class WsOpenApi
{
    public static JsonObject Document() => new()
    {
        ["openapi"] = "3.1.0",
        ["info"] = new JsonObject
        {
            ["title"] = "Layanan Web Kepegawaian BKN",
            ["version"] = "1.0.0",
            ["description"] = "Data PNS instansi sendiri, status usulan KP/pensiun dan tabel referensi untuk integrasi instansi pusat dan daerah. " +
                "Token: OAuth2 client credentials di " + WebServiceRoutes.Token + " dari alamat IP yang terdaftar. " +
                "Klien pelatihan membaca data sintetis, klien produksi data sebenarnya. Semua galat berupa application/problem+json (RFC 7807).",
        },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = WebServiceRoutes.Api }),
        ["security"] = new JsonArray(new JsonObject { ["oauth2"] = new JsonArray() }),
        ["paths"] = new JsonObject
        {
            ["/pns/{nip}"] = new JsonObject
            {
                ["get"] = Operation(
                    "getPns",
                    "Data satu PNS instansi sendiri",
                    "NIP instansi lain dijawab sama seperti NIP yang tidak dikenal (404). NIP yang strukturnya salah: 400.",
                    WsScopes.Pns,
                    [Parameter("nip", "path", "NIP 18 angka", required: true, pattern: "^[0-9]{18}$")],
                    Ref("Pns"),
                    "200", "304", "400", "401", "403", "404", "429"),
            },
            ["/pns"] = new JsonObject
            {
                ["get"] = Operation(
                    "listPns",
                    "Perubahan data PNS instansi sendiri (paging keyset)",
                    $"Urut menurut waktu pembaruan lalu NIP. Ikuti nextCursor sampai null. limit paling besar {WsApi.MaxLimit} (lebih besar dibatasi).",
                    WsScopes.Pns,
                    [
                        Parameter("unor", "query", "Nama unit organisasi"),
                        Parameter("updatedSince", "query", "Hanya yang diperbarui sejak waktu ini (ISO 8601)", format: "date-time"),
                        Parameter("cursor", "query", "nextCursor dari halaman sebelumnya"),
                        Parameter("limit", "query", $"Jumlah per halaman (1–{WsApi.MaxLimit}, bawaan {WsApi.DefaultLimit})", type: "integer"),
                    ],
                    Ref("PnsPage"),
                    "200", "304", "400", "401", "403", "429"),
            },
            ["/referensi/{tabel}"] = new JsonObject
            {
                ["get"] = Operation(
                    "getReferensi",
                    "Tabel referensi",
                    "Dapat di-cache (Cache-Control dan ETag). unor, pendidikan, agama dan kppn: nilai yang dipakai di instansi sendiri.",
                    WsScopes.Referensi,
                    [Parameter("tabel", "path", "Nama tabel", required: true, values: WsReferenceTables.Names)],
                    Ref("Referensi"),
                    "200", "304", "401", "403", "404", "429"),
            },
            ["/usulan/{nomor}"] = new JsonObject
            {
                ["get"] = Operation(
                    "getUsulan",
                    "Status usulan kenaikan pangkat (KP) atau pensiun instansi sendiri",
                    "Status verifikasi BKN: DRAF, DIAJUKAN, BTL, BTS, TMS, MS, PERTEK, SELESAI, dengan nomor Pertek dan SK bila ada. " +
                    "Usulan instansi lain, nomor yang tidak dikenal, klien pelatihan (usulan adalah data produksi) dan situs tanpa modul usulan: 404 yang sama.",
                    WsScopes.Usulan,
                    [Parameter("nomor", "path", "Nomor usulan, mis. KP-201704-1A2B3C4D", required: true, pattern: $"^[A-Za-z0-9-]{{3,{WsApi.MaxProposalNumber}}}$")],
                    Ref("Usulan"),
                    "200", "304", "400", "401", "403", "404", "429"),
            },
        },
        ["components"] = new JsonObject
        {
            ["securitySchemes"] = new JsonObject
            {
                ["oauth2"] = new JsonObject
                {
                    ["type"] = "oauth2",
                    ["flows"] = new JsonObject
                    {
                        ["clientCredentials"] = new JsonObject
                        {
                            ["tokenUrl"] = WebServiceRoutes.Token,
                            ["scopes"] = new JsonObject
                            {
                                [WsScopes.Pns] = WsScopes.Describe(WsScopes.Pns),
                                [WsScopes.Referensi] = WsScopes.Describe(WsScopes.Referensi),
                                [WsScopes.Usulan] = WsScopes.Describe(WsScopes.Usulan),
                            },
                        },
                    },
                },
            },
            ["schemas"] = new JsonObject
            {
                ["Pns"] = Object(
                    ("nip", "string"), ("nama", "string"), ("tanggalLahir", "date"), ("jenisKelamin", "string"), ("golongan", "string"),
                    ("pangkat", "string"), ("tmtGolongan", "date"), ("tmtCpns", "date"), ("jabatan", "string"), ("jenisJabatan", "string"),
                    ("unor", "string"), ("pendidikan", "string"), ("agama", "string"), ("kppn", "string"), ("status", "string"), ("diperbarui", "date-time")),
                ["PnsPage"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["data"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Pns") },
                        ["nextCursor"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                        ["limit"] = new JsonObject { ["type"] = "integer" },
                    },
                },
                ["Referensi"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["tabel"] = new JsonObject { ["type"] = "string" },
                        ["data"] = new JsonObject { ["type"] = "array", ["items"] = Object(("kode", "string"), ("nama", "string")) },
                    },
                },
                ["Usulan"] = Object(
                    ("nomor", "string"), ("jenis", "string"), ("otomatis", "boolean"), ("nip", "string"), ("periode", "string"), ("status", "string"),
                    ("statusKeterangan", "string"), ("diajukan", "date-time"), ("diputuskan", "date-time"), ("nomorPertek", "string"), ("nomorSk", "string")),
                ["Problem"] = Object(("type", "string"), ("title", "string"), ("status", "integer"), ("detail", "string")),
            },
        },
    };

    /// <summary>The reference page: renders the document with a script file (no inline script, the site's CSP holds).</summary>
    public const string DocsPage = """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Referensi API Layanan Web Kepegawaian BKN</title>
        <link rel="stylesheet" href="/_content/Bkn.Cms.WebService/ws-docs.css" />
        </head>
        <body>
        <main id="ws-docs" data-openapi="/api/ws/v1/openapi.json">
        <h1>Referensi API Layanan Web Kepegawaian BKN</h1>
        <p>Memuat dokumen OpenAPI… Dokumen mentah: <a href="/api/ws/v1/openapi.json">/api/ws/v1/openapi.json</a>.</p>
        </main>
        <script src="/_content/Bkn.Cms.WebService/ws-docs.js"></script>
        </body>
        </html>
        """;

    private static JsonObject Operation(string id, string summary, string description, string scope, JsonObject[] parameters, JsonObject schema, params string[] statuses)
    {
        var responses = new JsonObject();
        foreach (var status in statuses)
        {
            responses[status] = status switch
            {
                "200" => new JsonObject
                {
                    ["description"] = "Berhasil (dengan ETag)",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
                },
                "304" => new JsonObject { ["description"] = "Tidak berubah sejak ETag di If-None-Match" },
                _ => new JsonObject
                {
                    ["description"] = status switch
                    {
                        "400" => "Masukan tidak sah",
                        "401" => "Token tidak ada, tidak sah, kedaluwarsa, atau klien dicabut",
                        "403" => "Alamat tidak terdaftar atau cakupan tidak diberikan",
                        "404" => "Tidak ditemukan",
                        "429" => "Batas laju klien terlampaui (Retry-After)",
                        _ => status,
                    },
                    ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("Problem") } },
                },
            };
        }

        return new JsonObject
        {
            ["operationId"] = id,
            ["summary"] = summary,
            ["description"] = description,
            ["security"] = new JsonArray(new JsonObject { ["oauth2"] = new JsonArray(scope) }),
            ["parameters"] = new JsonArray([.. parameters]),
            ["responses"] = responses,
        };
    }

    private static JsonObject Parameter(string name, string location, string description, bool required = false, string type = "string", string? format = null, string? pattern = null, IReadOnlyList<string>? values = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }

        if (values is not null)
        {
            schema["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        return new JsonObject { ["name"] = name, ["in"] = location, ["description"] = description, ["required"] = required, ["schema"] = schema };
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    private static JsonObject Object(params (string Name, string Type)[] properties)
    {
        var props = new JsonObject();
        foreach (var (name, type) in properties)
        {
            props[name] = type is "date" or "date-time"
                ? new JsonObject { ["type"] = "string", ["format"] = type }
                : new JsonObject { ["type"] = type };
        }

        return new JsonObject { ["type"] = "object", ["properties"] = props };
    }
}

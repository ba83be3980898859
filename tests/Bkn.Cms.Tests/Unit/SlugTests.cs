using Bkn.Cms.Contents.Services;

namespace Bkn.Cms.Tests.Unit;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Kenaikan Pangkat & Pensiun Otomatis (KPO/PPO) 2017", "kenaikan-pangkat-dan-pensiun-otomatis-kpo-ppo-2017")]
    [InlineData("  Peraturan Kepala BKN Nomor 25 Tahun 2013  ", "peraturan-kepala-bkn-nomor-25-tahun-2013")]
    [InlineData("Jum'at Bersih di Kantor Regional", "jumat-bersih-di-kantor-regional")]
    [InlineData("Café Pegawai — Édisi Khusus", "cafe-pegawai-edisi-khusus")]
    [InlineData("!!!", "")]
    public void Titles_become_readable_lower_case_slugs(string title, string expected)
    {
        Assert.Equal(expected, Slug.From(title));
    }

    [Fact]
    public void Long_titles_are_cut_to_the_maximum_length_without_a_trailing_hyphen()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("kepegawaian", 30)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void Typed_paths_keep_their_segments_and_lose_unsafe_characters()
    {
        Assert.Equal("profil/sejarah-bkn", Slug.NormalizePath("/Profil/ Sejarah BKN /"));
        Assert.Equal("a/b", Slug.NormalizePath("a/../b"));
    }
}

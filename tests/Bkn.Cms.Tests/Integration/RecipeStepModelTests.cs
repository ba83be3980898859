using System.Text;
using Bkn.Cms.Recipes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Steps read their JSON into typed models: a value of the wrong shape is refused by its path.</summary>
public sealed class RecipeStepModelTests
{
    [Theory]
    [InlineData("""{ "name": "feature", "enable": "Bkn.Cms.Humas" }""", "$.enable")]
    [InlineData("""{ "name": "units", "units": [ { "code": "X", "name": "Unit X", "children": { "code": "Y" } } ] }""", "$.units[0].children")]
    [InlineData("""{ "name": "users", "users": [ { "userName": "budi", "roles": "Editor Humas" } ] }""", "$.users[0].roles")]
    public async Task A_step_value_of_the_wrong_shape_is_refused_with_its_path(string step, string path)
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;

        await using var scope = factory.Services.CreateAsyncScope();
        var json = $$"""{ "name": "bentuk", "steps": [ {{step}} ] }""";
        var ex = await Assert.ThrowsAsync<RecipeException>(() =>
            scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None));

        Assert.Contains("Langkah 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"tidak sesuai bentuknya di {path}.", ex.Message, StringComparison.Ordinal);
    }
}

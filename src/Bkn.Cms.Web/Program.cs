using Bkn.Cms.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBknCms();

var app = builder.Build();
if (!await app.InitializeBknCmsAsync())
{
    return 1;
}

app.UseBknCms();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;

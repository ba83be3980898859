using Bkn.Cms.Hosting;
using Bkn.Cms.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Private storage of scans in {App:DataPath}/helpdesk-private; only the operator workspace reads them back.</summary>
public sealed class ScanStore(IConfiguration configuration, IHostEnvironment environment)
    : PrivateFileFolder(DataPaths.Folder(configuration, environment, "helpdesk-private"));

namespace Bkn.Cms.WebService.Services;

public sealed class WsUsageReports;

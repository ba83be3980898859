namespace Bkn.Cms.WebService.ViewModels;

internal static class ViewModelsNamespace;

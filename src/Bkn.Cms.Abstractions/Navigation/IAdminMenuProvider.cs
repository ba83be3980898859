namespace Bkn.Cms.Navigation;

/// <summary>Implemented by a module to add entries to the admin menu.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}

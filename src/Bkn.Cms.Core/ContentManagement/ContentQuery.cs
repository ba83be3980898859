using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ContentManagement;

/// <summary>Keyset-paged list over the ContentItems columns; only the rows of one page are loaded.</summary>
public sealed class ContentQuery(CmsDbContext db) : IContentQuery
{
    public async Task<ContentPage> ListAsync(ContentListQuery query, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, 200);
        var rows = db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted);
        if (query.Types.Count == 1)
        {
            // An equality (not IN over a parameter list) lets the per-type index serve the sort order.
            var type = query.Types.First();
            rows = rows.Where(c => c.ContentType == type);
        }
        else if (query.Types.Count > 1)
        {
            var types = query.Types.ToList();
            rows = rows.Where(c => types.Contains(c.ContentType));
        }

        if (query.ExcludedTypes.Count > 0)
        {
            var excluded = query.ExcludedTypes.ToList();
            rows = rows.Where(c => !excluded.Contains(c.ContentType));
        }

        rows = query.Status switch
        {
            ContentStatusFilter.Draft => rows.Where(c => !c.Published),
            ContentStatusFilter.Published => rows.Where(c => c.Published),
            _ => rows,
        };

        rows = rows.Where(AccessPredicate(query));

        if (query.Units is { } units)
        {
            var list = units.ToList();
            rows = rows.Where(c => c.UnitId != null && list.Contains(c.UnitId.Value));
        }

        if (query.Ids is { } ids)
        {
            var idList = ids.ToList();
            rows = rows.Where(c => idList.Contains(c.ContentItemId));
        }

        if (!string.IsNullOrEmpty(query.Owner))
        {
            rows = rows.Where(c => c.Owner == query.Owner);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            if (db.Provider == DatabaseProvider.Postgres)
            {
                // ILIKE on the column itself is what the trigram index (IX_ContentItems_Live_DisplayText_Trgm) serves.
                var pattern = "%" + EscapeLike(text) + "%";
                rows = rows.Where(c => EF.Functions.ILike(c.DisplayText, pattern, "\\"));
            }
            else
            {
                var lower = text.ToLower(CultureInfo.InvariantCulture);
                rows = rows.Where(c => c.DisplayText.ToLower().Contains(lower));
            }
        }

        var cursor = Cursor.Parse(query.After);
        rows = query.Sort switch
        {
            // The first bound makes the cursor an index range; the second breaks ties on the id.
            ContentSort.CreatedDesc => (cursor is null ? rows : rows.Where(c => c.CreatedUtc <= cursor.Date && (c.CreatedUtc < cursor.Date || c.Id < cursor.Id)))
                .OrderByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id),
            ContentSort.TitleAsc => (cursor is null ? rows : rows.Where(c => string.Compare(c.DisplayText, cursor.Text) >= 0 && (string.Compare(c.DisplayText, cursor.Text) > 0 || c.Id > cursor.Id)))
                .OrderBy(c => c.DisplayText).ThenBy(c => c.Id),
            _ => (cursor is null ? rows : rows.Where(c => c.ModifiedUtc <= cursor.Date && (c.ModifiedUtc < cursor.Date || c.Id < cursor.Id)))
                .OrderByDescending(c => c.ModifiedUtc).ThenByDescending(c => c.Id),
        };

        var page = await rows.Take(size + 1).ToListAsync(cancellationToken);
        string? next = null;
        if (page.Count > size)
        {
            page.RemoveAt(size);
            var last = page[^1];
            next = Cursor.Format(query.Sort switch
            {
                ContentSort.CreatedDesc => new Cursor(last.CreatedUtc, null, last.Id),
                ContentSort.TitleAsc => new Cursor(default, last.DisplayText, last.Id),
                _ => new Cursor(last.ModifiedUtc, null, last.Id),
            });
        }

        return new ContentPage([.. page.Select(ContentManager.ToItem)], next);
    }

    public async Task<IReadOnlyList<ContentItem>> FindReferencesAsync(string text, int max, CancellationToken cancellationToken = default)
    {
        // jsonb has no LIKE: on PostgreSQL the document is searched as text.
        var pattern = "%" + EscapeLike(text) + "%";
        var source = db.Provider == DatabaseProvider.Postgres
            ? db.ContentItems.FromSqlInterpolated($"SELECT * FROM \"ContentItems\" WHERE \"Data\"::text LIKE {pattern}")
            : db.ContentItems.Where(c => c.Data.Contains(text));
        var rows = await source.AsNoTracking()
            .Where(c => (c.Latest || c.Published) && !c.Deleted)
            .OrderByDescending(c => c.ModifiedUtc).Take(max * 2).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Latest).Concat(rows.Where(r => !r.Latest)).DistinctBy(r => r.ContentItemId).Take(max).Select(ContentManager.ToItem)];
    }

    /// <summary>
    /// What the caller may see: items of ordinary types within the global scope, or of a securable type within one of
    /// its grants. Built as one expression so that it stays a single WHERE clause (keyset paging is untouched).
    /// </summary>
    private static Expression<Func<ContentItemRecord, bool>> AccessPredicate(ContentListQuery query)
    {
        var c = Expression.Parameter(typeof(ContentItemRecord), "c");
        Expression? body = null;
        if (!query.Scope.IsEmpty)
        {
            Expression<Func<ContentItemRecord, bool>> general;
            var secured = query.SecuredTypes.ToList();
            if (query.Scope.AllUnits)
            {
                general = secured.Count == 0 ? x => true : x => !secured.Contains(x.ContentType);
            }
            else
            {
                var visible = query.Scope.UnitIds.ToList();
                general = secured.Count == 0
                    ? x => x.UnitId != null && visible.Contains(x.UnitId.Value)
                    : x => !secured.Contains(x.ContentType) && x.UnitId != null && visible.Contains(x.UnitId.Value);
            }

            body = Rebind(general, c);
        }

        foreach (var grant in query.Grants.Where(g => !g.Scope.IsEmpty))
        {
            var type = grant.ContentType;
            var owner = grant.Owner;
            var units = grant.Scope.UnitIds.ToList();
            Expression<Func<ContentItemRecord, bool>> one = (grant.Scope.AllUnits, owner is null) switch
            {
                (true, true) => x => x.ContentType == type,
                (true, false) => x => x.ContentType == type && x.Owner == owner,
                (false, true) => x => x.ContentType == type && x.UnitId != null && units.Contains(x.UnitId.Value),
                (false, false) => x => x.ContentType == type && x.Owner == owner && x.UnitId != null && units.Contains(x.UnitId.Value),
            };
            body = body is null ? Rebind(one, c) : Expression.OrElse(body, Rebind(one, c));
        }

        return Expression.Lambda<Func<ContentItemRecord, bool>>(body ?? Expression.Constant(false), c);
    }

    private static Expression Rebind(Expression<Func<ContentItemRecord, bool>> lambda, ParameterExpression parameter) =>
        new ParameterRebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterRebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Position after the last row of a page: its sort key and id, as an opaque URL-safe string.</summary>
    private sealed record Cursor(DateTime Date, string? Text, long Id)
    {
        public static string Format(Cursor cursor)
        {
            var raw = $"{cursor.Date.Ticks}|{cursor.Id}|{cursor.Text}";
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        public static Cursor? Parse(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            try
            {
                var base64 = value.Replace('-', '+').Replace('_', '/');
                base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|', 3);
                return new Cursor(new DateTime(long.Parse(parts[0], CultureInfo.InvariantCulture), DateTimeKind.Utc), parts[2], long.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // A damaged cursor starts from the first page rather than failing.
                return null;
            }
        }
    }
}

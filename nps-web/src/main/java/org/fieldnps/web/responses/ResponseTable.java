package org.fieldnps.web.responses;

import java.util.List;
import java.util.Map;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.responses.Paging;
import org.fieldnps.reporting.responses.ResponseFilter;
import org.fieldnps.reporting.responses.ResponseOrder;
import org.fieldnps.reporting.responses.ResponseRow;
import org.fieldnps.reporting.responses.ResponseSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of the responses table, read a page at a time in the order the reader chose. The
 * table's own filters are not used: the filters come from the address.
 */
public class ResponseTable extends LazyDataModel<ResponseRow> {

    private static final long serialVersionUID = 1L;

    private final ResponseSearch search;
    private final AccessScope scope;
    private final ResponseFilter filter;

    private ResponseOrder order = ResponseOrder.NEWEST_FIRST;
    private int first;

    ResponseTable(ResponseSearch search, AccessScope scope, ResponseFilter filter) {
        this.search = search;
        this.scope = scope;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, search.count(scope, filter));
    }

    @Override
    public List<ResponseRow> load(int offset, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        order = orderOf(sortBy);
        first = offset;
        return search.page(scope, filter, order, new Paging(Math.min(pageSize, Paging.MAXIMUM_LIMIT), offset));
    }

    @Override
    public String getRowKey(ResponseRow row) {
        return Long.toString(row.id());
    }

    @Override
    public ResponseRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** Whether the reader looks at the newest answers, where new ones would appear at the top. */
    boolean showsNewestFirstPage() {
        return first == 0 && order.equals(ResponseOrder.NEWEST_FIRST);
    }

    private static ResponseOrder orderOf(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return ResponseOrder.NEWEST_FIRST;
        }
        SortMeta sort = sortBy.values().iterator().next();
        if (sort.getOrder() == null || sort.getOrder() == SortOrder.UNSORTED) {
            return ResponseOrder.NEWEST_FIRST;
        }
        ResponseOrder.Key key = switch (sort.getField()) {
            case "score" -> ResponseOrder.Key.SCORE;
            case "engineer" -> ResponseOrder.Key.ENGINEER;
            default -> ResponseOrder.Key.RECEIVED;
        };
        return new ResponseOrder(key, sort.getOrder() == SortOrder.ASCENDING);
    }
}

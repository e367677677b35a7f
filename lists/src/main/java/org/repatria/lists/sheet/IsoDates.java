package org.repatria.lists.sheet;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells the way a list means them, whatever the spreadsheet's display locale: a
 * date-formatted cell as an ISO date ({@code 1990-03-25}, not Excel's US {@code 3/25/90}), and a
 * number in the General format in full ({@code 123456789012}, not {@code 1.23457E+11}).
 */
final class IsoDates extends DataFormatter {
    IsoDates() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        if (formatString == null || "General".equalsIgnoreCase(formatString)) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}

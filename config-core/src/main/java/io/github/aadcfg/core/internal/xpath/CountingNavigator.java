package io.github.aadcfg.core.internal.xpath;

import java.util.Iterator;

import org.jaxen.FunctionCallException;
import org.jaxen.UnsupportedAxisException;
import org.jaxen.dom4j.DocumentNavigator;

import io.github.aadcfg.core.report.AadcfgException.Category;
import io.github.aadcfg.core.report.AadcfgException;

/**
 * Jaxen's dom4j navigator for one evaluation, counting its cost: each node an axis yields costs one
 * (axes Jaxen builds from others, such as descendant from child, pay for both), each step to a parent
 * one, and the string value of an element one per character (dom4j builds it by walking the element's
 * descendants). Once the cost exceeds the limit the evaluation ends with {@code xpath-too-costly}.
 * {@code document()} reads nothing here, even if a caller registered it.
 */
final class CountingNavigator extends DocumentNavigator {
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final long limit;
    private long spent;

    CountingNavigator(String expression, long limit) {
        this.expression = expression;
        this.limit = limit;
    }

    @Override
    public Iterator<?> getChildAxisIterator(Object node) {
        return counted(super.getChildAxisIterator(node));
    }

    @Override
    public Iterator<?> getChildAxisIterator(Object node, String localName, String prefix, String namespaceUri) {
        return counted(super.getChildAxisIterator(node, localName, prefix, namespaceUri));
    }

    @Override
    public Iterator<?> getDescendantAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getDescendantAxisIterator(node));
    }

    @Override
    public Iterator<?> getParentAxisIterator(Object node) {
        return counted(super.getParentAxisIterator(node));
    }

    @Override
    public Iterator<?> getAncestorAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getAncestorAxisIterator(node));
    }

    @Override
    public Iterator<?> getFollowingSiblingAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getFollowingSiblingAxisIterator(node));
    }

    @Override
    public Iterator<?> getPrecedingSiblingAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getPrecedingSiblingAxisIterator(node));
    }

    @Override
    public Iterator<?> getFollowingAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getFollowingAxisIterator(node));
    }

    @Override
    public Iterator<?> getPrecedingAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getPrecedingAxisIterator(node));
    }

    @Override
    public Iterator<?> getAttributeAxisIterator(Object node) {
        return counted(super.getAttributeAxisIterator(node));
    }

    @Override
    public Iterator<?> getAttributeAxisIterator(Object node, String localName, String prefix, String namespaceUri) {
        return counted(super.getAttributeAxisIterator(node, localName, prefix, namespaceUri));
    }

    @Override
    public Iterator<?> getNamespaceAxisIterator(Object node) {
        return counted(super.getNamespaceAxisIterator(node));
    }

    @Override
    public Iterator<?> getSelfAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getSelfAxisIterator(node));
    }

    @Override
    public Iterator<?> getDescendantOrSelfAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getDescendantOrSelfAxisIterator(node));
    }

    @Override
    public Iterator<?> getAncestorOrSelfAxisIterator(Object node) throws UnsupportedAxisException {
        return counted(super.getAncestorOrSelfAxisIterator(node));
    }

    @Override
    public Object getParentNode(Object node) {
        charge(1);
        return super.getParentNode(node);
    }

    @Override
    public String getElementStringValue(Object element) {
        String value = super.getElementStringValue(element);
        charge(value.length());
        return value;
    }

    @Override
    public Object getDocument(String uri) throws FunctionCallException {
        throw new FunctionCallException("document() is not available: an expression may read only the document it runs on");
    }

    private Iterator<?> counted(Iterator<?> nodes) {
        return new Iterator<Object>() {
            @Override
            public boolean hasNext() {
                return nodes.hasNext();
            }

            @Override
            public Object next() {
                charge(1);
                return nodes.next();
            }
        };
    }

    private void charge(long cost) {
        spent += cost;
        if (spent > limit) {
            throw new AadcfgException(Category.INVALID_VALUE, "xpath-too-costly", null, "the XPath '" + expression
                    + "' was stopped after " + limit + " steps, its budget on this document; select by a path from "
                    + "the root, e.g. /configuration/appSettings/add[@key='x'], instead of nested '//' or "
                    + "functions over the whole document");
        }
    }
}
